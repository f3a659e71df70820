"""Reminders with threading.Timer: one is cancelled before it fires."""
import threading
import time

fired = []
fired_lock = threading.Lock()


def remind(what):
    with fired_lock:
        fired.append(what)


if __name__ == "__main__":
    soon = threading.Timer(0.01, remind, args=("standup",))
    later = threading.Timer(0.5, remind, args=("lunch",))
    soon.start()
    later.start()
    time.sleep(0.05)
    later.cancel()
    soon.join()
    later.join()
    assert fired == ["standup"], fired
    print(f"fired: {fired}")
