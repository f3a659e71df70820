"""try/except/else/finally order in a thread, with a return inside try."""
import threading

trail = []


def parse(text):
    result = -1
    try:
        value = int(text)
    except ValueError:
        trail.append(f"bad:{text}")
    else:
        trail.append(f"ok:{value}")
        result = value
    finally:
        trail.append("done")
    return result


def worker():
    total = 0
    for text in ["12", "x", "30"]:
        total += parse(text)
    trail.append(str(total))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
