import threading

out: dict[str, str] = {}
lock = threading.Lock()


def render(key: int, n: int, name: str, width: int) -> None:
    with lock:
        out[f"{key}_00"] = f"{n:,}"
        out[f"{key}_01"] = f"{n:+d}"
        out[f"{key}_02"] = f"{name:^7}"
        out[f"{key}_03"] = f"{name:*<8}"
        out[f"{key}_05"] = f"{n:#x}"
        out[f"{key}_06"] = f"{n:b}"
        out[f"{key}_07"] = f"{n:_}"
        out[f"{key}_08"] = f"{n:05d}"
        out[f"{key}_09"] = "%s-%d" % (name, n)
        out[f"{key}_10"] = "{:>5}|{}".format(name, n)
        out[f"{key}_11"] = name.zfill(5)
        out[f"{key}_12"] = name.center(9, ".")
        out[f"{key}_14"] = f"{name!r:>8}"
        out[f"{key}_15"] = f"{n % 7:02}"
        out[f"{key}_16"] = f"{n:x}".upper()
        out[f"{key}_17"] = str(n).rjust(6, "0")
        out[f"{key}_18"] = name[::-1] + name[1:]
        out[f"{key}_19"] = f"{n:>6,}"


threads = [threading.Thread(target=render, args=(k, n, s, w)) for k, n, s, w in [(1, 1234567, "ab", 9), (2, -5, "xyz", 4)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
