# A dict that holds a bool, a string and a number under string keys, filled by one thread while another
# reads it through get and formats each value: "True"/"False" for the bool, the string and the number
# as they are (or the defaults, when the reader runs first).
import threading

status = {}
report = []


def fill():
    status["ready"] = True
    status["name"] = "db"
    status["retries"] = 2


def read():
    ready = status.get("ready", False)
    name = status.get("name", "none")
    retries = status.get("retries", 0)
    report.append(f"{name}:{ready}:{retries}")


writer = threading.Thread(target=fill)
reader = threading.Thread(target=read)
writer.start()
reader.start()
writer.join()
reader.join()
line = report[0]
print(line)
