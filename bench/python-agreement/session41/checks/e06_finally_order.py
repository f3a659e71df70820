# check: try/except/else/finally order with a re-raise
import threading

trail = []


def step(n):
    try:
        trail.append(f"try{n}")
        if n == 1:
            raise RuntimeError("boom")
    except RuntimeError:
        trail.append("except")
        raise
    else:
        trail.append("else")
    finally:
        trail.append(f"finally{n}")


def work():
    for n in range(3):
        try:
            step(n)
        except RuntimeError as e:
            trail.append(f"outer:{e}")


t = threading.Thread(target=work)
t.start()
t.join()
print(trail)
