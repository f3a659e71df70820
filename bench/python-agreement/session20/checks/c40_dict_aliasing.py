"""A dict passed to a worker is the caller's dict; a copy is not."""
import threading

settings = {"retries": 1, "mode": "fast"}
snapshot = dict(settings)
view = settings


def tune(conf):
    conf["retries"] = 5
    conf["mode"] = "safe"


if __name__ == "__main__":
    t = threading.Thread(target=tune, args=(view,))
    t.start()
    t.join()
    retries_now = settings["retries"]
    retries_snapshot = snapshot["retries"]
