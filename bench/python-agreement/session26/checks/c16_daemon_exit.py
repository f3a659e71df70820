import threading
import time

log: list[str] = []


def background() -> None:
    log.append("bg start")
    time.sleep(0.2)
    log.append("bg end")


threading.Thread(target=background, daemon=True).start()
time.sleep(0.02)
log.append("main end")
entries = len(log)
