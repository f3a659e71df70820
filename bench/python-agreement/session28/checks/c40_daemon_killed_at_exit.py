import threading
import time

late = 0


def background() -> None:
    global late
    time.sleep(0.2)
    late = 1  # never runs: the interpreter exits and daemon threads die


threading.Thread(target=background, daemon=True).start()
print(f"late={late}")
