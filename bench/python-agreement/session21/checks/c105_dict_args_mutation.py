# a dict passed in args is the caller's dict, not a copy
import threading

config = {"retries": 1}


def tune(settings):
    settings["retries"] = 5


t = threading.Thread(target=tune, args=(config,))
t.start()
t.join()
retries = config["retries"]
print(retries)
