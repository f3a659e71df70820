"""stats["lo"], stats["hi"] = stats["hi"], stats["lo"] in one thread while another writes stats["lo"]."""
import threading

stats = {"lo": 1, "hi": 9}


def flip():
    stats["lo"], stats["hi"] = stats["hi"], stats["lo"]


def write():
    stats["lo"] = 5


threads = [threading.Thread(target=flip), threading.Thread(target=write)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stats)
