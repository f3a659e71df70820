# ordered
# Two names for one dict: a thread writes through one, the main thread reads through the other.
import threading

log = []
defaults = {"retries": 1}
config = defaults


def tune():
    config["retries"] = 5


t = threading.Thread(target=tune)
t.start()
t.join()
log.append(defaults["retries"])
print(log)
