import threading

widths: list[int] = []
texts: list[str] = []


def render(n: int) -> None:
    texts.append(f"{n:04d}|{n:>6}|{n:<3}|{n:x}|{n:,}")


t = threading.Thread(target=render, args=(1234,))
t.start()
t.join()
line = texts[0]
print(line)
assert line == "1234|  1234|1234|4d2|1,234"
widths.append(len(line))
