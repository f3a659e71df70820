"""Per-thread request context with threading.local; a shared log under a lock."""
import threading

context = threading.local()
log_lock = threading.Lock()
log = []
handled = {}


def set_user(user):
    context.user = user
    context.depth = 0


def audit(action):
    context.depth += 1
    with log_lock:
        log.append(f"{context.user}:{action}:{context.depth}")


def handle(user, actions):
    set_user(user)
    for action in actions:
        audit(action)
    with log_lock:
        handled[user] = context.depth


if __name__ == "__main__":
    jobs = {"ann": ["read", "write"], "ben": ["read"], "cid": ["delete", "read", "write"]}
    threads = [threading.Thread(target=handle, args=(u, a)) for u, a in jobs.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert handled == {"ann": 2, "ben": 1, "cid": 3}, handled
    print(sorted(log))
