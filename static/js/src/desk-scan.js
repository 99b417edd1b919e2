/* Camera check-in at the desk (registrations/desk_admin.py), bundled by bin/build-js.mjs.
 *
 * Reads QR codes with the camera: the browser's BarcodeDetector where it reads QR
 * codes, else the barcode-detector polyfill (ZXing compiled to WebAssembly, served
 * from our static files and loaded when the page opens, so it works offline later).
 * Each read becomes a scan with its own id, kept in a queue in localStorage and sent
 * to the site whenever the network allows; the site counts each scan id once, so a
 * queue sent twice (an answer lost on the way back) still counts each arrival once.
 * The person's name in both scripts and their needs come from the list the page
 * loaded, so the volunteer sees them offline too.
 */
import { BarcodeDetector as ZXingBarcodeDetector, prepareZXingModule } from "barcode-detector/ponyfill";

const SAME_CODE_PAUSE_MS = 8000; // the camera sees one code many times a second
const SYNC_EVERY_MS = 10000;
const BATCH = 100;

const root = document.querySelector("[data-desk-scan]");
if (root) {
  start(root);
}

function fill(template, values) {
  return template.replace(/%\((\w+)\)s/g, (match, name) => (name in values ? String(values[name]) : match));
}

function normalize(code) {
  return String(code || "")
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, "")
    .slice(0, 20);
}

function newId() {
  if (window.crypto && typeof window.crypto.randomUUID === "function") {
    return window.crypto.randomUUID();
  }
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function start(root) {
  const words = JSON.parse(document.getElementById("desk-words").textContent);
  const roster = JSON.parse(document.getElementById("desk-roster").textContent);
  const csrf = root.querySelector("input[name=csrfmiddlewaretoken]").value;
  const queueKey = root.dataset.queueKey;
  const result = root.querySelector("[data-result]");
  const queueStatus = root.querySelector("[data-queue-status]");
  const arrivalsLine = root.querySelector("[data-arrivals]");
  const video = root.querySelector("[data-video]");
  const startButton = root.querySelector("[data-start-camera]");
  const cameraHelp = root.querySelector("[data-camera-help]");
  const lastSeen = new Map();
  let shown = null; // the scan on screen
  let syncing = false;

  // Load the decoder now, while the page is online.
  Promise.resolve(
    prepareZXingModule({
      overrides: {
        locateFile: (path, prefix) => (path.endsWith(".wasm") ? root.dataset.wasmUrl : prefix + path),
      },
      fireImmediately: true,
    }),
  ).then(
    () => {
      root.dataset.decoder = "ready";
    },
    () => {
      root.dataset.decoder = "failed";
    },
  );

  function loadQueue() {
    try {
      const queue = JSON.parse(window.localStorage.getItem(queueKey) || "[]");
      return Array.isArray(queue) ? queue : [];
    } catch (error) {
      return [];
    }
  }

  function saveQueue(queue) {
    window.localStorage.setItem(queueKey, JSON.stringify(queue));
    showQueue(queue);
  }

  function showQueue(queue) {
    const count = queue.length;
    queueStatus.textContent = count
      ? fill(count === 1 ? words.waiting_one : words.waiting_many, { count })
      : words.all_sent;
    root.dataset.queued = String(count);
  }

  function show(scan, outcome, message) {
    const person = roster[scan.code];
    shown = scan;
    result.hidden = false;
    result.dataset.outcome = outcome;
    result.dataset.code = scan.code;
    result.querySelector("[data-result-state]").textContent = message;
    result.querySelector("[data-result-name]").textContent = person ? person.name : scan.code;
    result.querySelector("[data-result-romanized]").textContent = person ? person.romanized : "";
    for (const fact of result.querySelectorAll("[data-fact]")) {
      const value = person ? person[fact.dataset.fact] : "";
      fact.hidden = !value;
      fact.querySelector("dd").textContent = value || "";
    }
  }

  function localOutcome(scan) {
    const person = roster[scan.code];
    if (!person) {
      return ["unknown", fill(words.unknown, { code: scan.code })];
    }
    if (!person.confirmed) {
      return ["refused", fill(words.refused, { name: person.name, status: person.status })];
    }
    if (person.arrived) {
      return ["already", fill(words.already, { name: person.name, time: person.arrived })];
    }
    return ["queued", `${fill(words.welcome, { name: person.name })} ${navigator.onLine ? "" : words.queued}`.trim()];
  }

  // A code typed in is always answered; the pause is for the camera's repeated reads.
  function read(rawCode, { typed = false } = {}) {
    const code = normalize(rawCode);
    if (!code) {
      return;
    }
    const now = Date.now();
    const seen = lastSeen.get(code);
    lastSeen.set(code, now); // a code in view stays paused until it has been out of view a while
    if (!typed && seen !== undefined && now - seen < SAME_CODE_PAUSE_MS) {
      return;
    }
    const scan = { id: newId(), code, at: new Date(now).toISOString() };
    const [outcome, message] = localOutcome(scan);
    show(scan, outcome, message);
    if (outcome === "already") {
      return; // known here to have arrived: nothing to send
    }
    const person = roster[code];
    if (person && person.confirmed) {
      const at = new Date(now);
      person.arrived = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
    }
    saveQueue([...loadQueue(), scan]);
    sync();
  }

  async function sync() {
    if (syncing) {
      return;
    }
    const queue = loadQueue();
    if (!queue.length) {
      showQueue(queue);
      return;
    }
    syncing = true;
    try {
      const response = await fetch(root.dataset.syncUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify({ scans: queue.slice(0, BATCH) }),
      });
      if (!response.ok || response.redirected) {
        // Refused, or sent to the login page (the session ended): kept until the page is reloaded.
        queueStatus.textContent = fill(words.failed, { status: response.status });
        return;
      }
      const answer = await response.json();
      const done = new Set();
      for (const item of answer.results) {
        done.add(item.id);
        if (item.code && roster[item.code] && item.arrived) {
          roster[item.code].arrived = item.arrived;
        }
        if (shown && shown.id === item.id) {
          result.dataset.outcome = item.outcome;
          result.querySelector("[data-result-state]").textContent = item.message;
        }
      }
      arrivalsLine.textContent = answer.arrivals;
      saveQueue(loadQueue().filter((scan) => !done.has(scan.id)));
      if (loadQueue().length) {
        window.setTimeout(sync, 0);
      }
    } catch (error) {
      showQueue(loadQueue()); // offline: kept for later
    } finally {
      syncing = false;
    }
  }

  async function detector() {
    if ("BarcodeDetector" in window) {
      try {
        const formats = await window.BarcodeDetector.getSupportedFormats();
        if (formats.includes("qr_code")) {
          return new window.BarcodeDetector({ formats: ["qr_code"] });
        }
      } catch (error) {
        // fall back to the polyfill
      }
    }
    return new ZXingBarcodeDetector({ formats: ["qr_code"] });
  }

  async function startCamera() {
    startButton.hidden = true;
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: "environment" },
        audio: false,
      });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
    } catch (error) {
      cameraHelp.textContent = words.no_camera;
      cameraHelp.hidden = false;
      startButton.hidden = false;
      return;
    }
    const reader = await detector();
    root.dataset.camera = "on";
    const look = async () => {
      if (video.readyState >= 2) {
        try {
          for (const code of await reader.detect(video)) {
            read(code.rawValue);
          }
        } catch (error) {
          // a frame that could not be read; the next one may
        }
      }
      window.setTimeout(look, 200);
    };
    look();
  }

  startButton.addEventListener("click", startCamera);
  root.querySelector("[data-manual]").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = event.target.elements.code;
    read(input.value, { typed: true });
    input.value = "";
  });
  window.addEventListener("online", sync);
  window.setInterval(sync, SYNC_EVERY_MS);
  showQueue(loadQueue());
  sync();
}
