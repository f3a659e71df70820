"""try/except/else/finally order in a thread, with a return inside try."""
import threading

trail = []


def parse(text):
    try:
        value = int(text)
    except ValueError:
        trail.append(f"bad:{text}")
        return -1
    else:
        trail.append(f"ok:{value}")
        return value
    finally:
        trail.append("done")


def worker():
    total = 0
    for text in ["12", "x", "30"]:
        total += parse(text)
    trail.append(str(total))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
