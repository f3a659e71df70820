"""Booleans and None turned into text: f"{flag}", str(x > 3), "%s" % None, f"{None}", a bool as a dict value."""
import threading

texts = []
ready = False
result = None


def worker():
    global ready
    ready = True
    texts.append(f"ready={ready}")
    texts.append(str(5 > 3))
    texts.append(f"result={result}")
    texts.append("%s|%s" % (ready, result))
    texts.append(f"{ready!r}")
    texts.append(str(not ready))
    texts.append(f"{len(texts) > 100}")


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
