"""dict.get with a string default in a thread, and `or` with a string default."""
import threading

roles = {"ann": "admin"}
seen = []
lock = threading.Lock()


def lookup(user):
    role = roles.get(user, "guest")
    nick = user
    if not user:
        nick = "anon"
    with lock:
        seen.append(f"{nick}={role}")


if __name__ == "__main__":
    threads = [threading.Thread(target=lookup, args=(u,)) for u in ("ann", "bob", "")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seen.sort()
