# MISS. Expected by CPython: sent == 1 (`start()` waits until the new thread runs, and the daemon keeps the
# GIL up to its first blocking call, so its first line runs before the interpreter exits; an atexit print
# shows 1 in 20 of 20 runs too). weft ends the run when main's last op (the spawn) is done and lists
# sent == 0 only, "complete". A statement after start() (seen = sent) lets weft list sent == 1.
import threading

sent = 0


def send_analytics():
    global sent
    sent += 1  # fire-and-forget: the author does not care whether it finishes


threading.Thread(target=send_analytics, daemon=True).start()
