import threading
import time

late = 0


def background() -> None:
    global late
    time.sleep(0.05)
    late = 1  # runs: the interpreter waits for non-daemon threads before it exits


threading.Thread(target=background).start()
print(f"late={late}")
