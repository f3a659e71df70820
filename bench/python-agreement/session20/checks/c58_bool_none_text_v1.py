"""Booleans and None turned into text: f"{flag}", str(x > 3), "%s" % None, f"{None}", a bool as a dict value."""
import threading

texts = []
ready = False
result = None


def worker():
    global ready
    ready = True
    texts.append(f"ready={ready}")
    texts.append(f"result={result}")
    texts.append("%s|%s" % (ready, result))
    texts.append(f"{ready!r}")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
