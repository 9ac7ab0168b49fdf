"""The demo site: its content as data files (demo/content/) and the loader that builds it
(`python manage.py load_demo_content`). It depends on every app; nothing depends on it."""
