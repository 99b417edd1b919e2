"""The events' demo content: ``events.yaml`` (read by ``manage.py load_demo``, named in
``EventsConfig.demo_data``) and the Gwangju floor map it draws (``floor_map``)."""
