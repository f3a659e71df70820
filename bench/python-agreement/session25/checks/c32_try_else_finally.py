# check: try/except/else/finally order, and an exception raised again from finally's caller
import threading

trail = []


def step(n):
    try:
        trail.append(f"try{n}")
        if n == 2:
            raise KeyError(n)
    except KeyError:
        trail.append(f"except{n}")
    else:
        trail.append(f"else{n}")
    finally:
        trail.append(f"finally{n}")


def run():
    for n in (1, 2):
        step(n)
    try:
        try:
            raise ValueError("inner")
        finally:
            trail.append("cleanup")
    except ValueError as exc:
        trail.append(f"outer {exc}")


t = threading.Thread(target=run)
t.start()
t.join()
joined = " ".join(trail)
print(joined)
