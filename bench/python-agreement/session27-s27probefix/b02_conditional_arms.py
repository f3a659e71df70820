"""A conditional expression with bool arms, bound to a name and inline (session27 r02)."""
import threading

texts: list[str] = []


def check(n: int, name: str) -> None:
    ready = n > 2 if name else False
    texts.append(f"ready={ready}")
    texts.append(f"{(n < 2) if not name else n == 3}")
    texts.append(str(True if n > 1 else n < 0))


t = threading.Thread(target=check, args=(3, "y"))
t.start()
t.join()
print(texts)
