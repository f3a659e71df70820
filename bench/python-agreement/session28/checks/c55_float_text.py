import threading

texts: list[str] = []


def render() -> None:
    a = 0.1 + 0.2
    texts.append(f"{a}")
    texts.append(str(1 / 3))
    texts.append(f"{2.675:.2f}")
    texts.append(str(1e16))
    texts.append(f"{1234.5:,.1f}")
    texts.append(str(2.0 * 3))
    texts.append(f"{-0.0}")
    texts.append(f"{7 / 2:>8.3f}")


t = threading.Thread(target=render)
t.start()
t.join()
joined = "|".join(texts)
print(joined)
assert joined == "0.30000000000000004|0.3333333333333333|2.67|1e+16|1,234.5|6.0|-0.0|   3.500"
