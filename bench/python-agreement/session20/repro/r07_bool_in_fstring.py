"""A boolean global formatted into text: CPython writes `True`, weft writes `1`. weft refuses `str(5 > 3)`
with a clear message, but lets `f"{flag}"`, `"%s" % flag` and `f"{flag!r}"` through when `flag` is a name
holding True: `weft explore` says complete with status='ready=1' only, CPython prints 'ready=True'."""
import threading

ready = False
status = ""


def worker():
    global ready, status
    ready = True
    status = f"ready={ready}"


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
