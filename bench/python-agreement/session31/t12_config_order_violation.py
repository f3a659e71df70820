# BUG: main reads the settings the loader thread fills in without waiting for it (order violation)
import threading
import time

settings = {}
loaded = threading.Event()
used_defaults = False
port = 0
workers = 0


def load_settings():
    time.sleep(0.001)  # read the file
    settings["port"] = 8080
    settings["workers"] = 4
    loaded.set()


def start_server():
    global port, workers, used_defaults
    # should be: loaded.wait()
    port = settings.get("port", 80)
    workers = settings.get("workers", 1)
    if "port" not in settings:
        used_defaults = True


loader = threading.Thread(target=load_settings, daemon=True)
loader.start()
start_server()
loader.join()

print(f"port={port} workers={workers} used_defaults={used_defaults}")
print("settings:", settings, "loaded:", loaded.is_set())
