# check: f-string format specs computed in a worker thread
import threading

out = {}


def render(total, name, count):
    out["padded"] = f"{total:05d}"
    out["right"] = f"[{name:>6}]"
    out["left"] = f"[{name:<6}]"
    out["center"] = f"[{name:^7}]"
    out["comma"] = f"{total * 1000:,}"
    out["hex"] = f"{count:x}|{count:#x}|{count:08b}"
    out["sign"] = f"{-total:+d}|{total:+d}"
    out["repr"] = f"{name!r}"


t = threading.Thread(target=render, args=(42, "ada", 255))
t.start()
t.join()
padded = out["padded"]
right = out["right"]
left = out["left"]
center = out["center"]
comma = out["comma"]
hexes = out["hex"]
sign = out["sign"]
quoted = out["repr"]
print(padded, right, left, center, comma, hexes, sign, quoted)
