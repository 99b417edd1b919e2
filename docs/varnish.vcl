vcl 4.1;
# Madang's front cache (Varnish 7, Debian's package). See docs/architecture.md, "Caching".
#
# - Caches only what the app marks public with s-maxage: anonymous GETs of
#   public pages (madang/core/pagecache.py). Everything else passes through.
# - Requests with a session or messages cookie (editors, people in the middle
#   of something) always pass; other cookies are dropped from GETs.
# - Compresses: objects are kept gzipped, and unzipped for clients without gzip.
# - PURGE (sent by Wagtail's frontend_cache, FRONT_CACHE_URL) drops one page:
#   its path with every query string, for that host. Only from the purgers below.
#
# The backend is an app server (or a load balancer in front of several);
# bin/serve's address. Start: varnishd -a :80 -f /path/to/varnish.vcl -s malloc,256m

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!std.ip(client.ip, "0.0.0.0") ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-madang-host == " + req.http.host +
            " && obj.http.x-madang-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the app says may be shared; nothing it did not mark.
    if (beresp.http.Cache-Control !~ "s-maxage" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # For bans on purge (lurker-friendly: only obj.* in the expression).
    set beresp.http.x-madang-host = bereq.http.host;
    set beresp.http.x-madang-path = regsub(bereq.url, "\?.*$", "");
    if (beresp.http.Content-Type ~ "^text/") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    unset resp.http.x-madang-host;
    unset resp.http.x-madang-path;
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
