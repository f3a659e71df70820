"""Bools unpacked from a tuple by position, from loops over displays, enumerate, zip and := (session27 r05)."""
import threading

texts: list[str] = []


def check(amount: int, label: str) -> None:
    pair = (amount > 100, label)
    big, name = pair
    texts.append(f"{name}: big={big} first={pair[0]} last={pair[-1]}")
    for ok, tag in [(amount > 2, "a"), (amount > 50, "b")]:
        texts.append(f"{tag}={ok}")
    flags = [amount > 2, amount > 50]
    for i, flag in enumerate(flags):
        texts.append(f"{i}:{flag}")
    for flag, tag in zip(flags, ["x", "y"]):
        texts.append(f"{tag}:{flag}")
    if (small := amount < 10 and amount > 0):
        texts.append(f"small={small}")


t = threading.Thread(target=check, args=(5, "order"))
t.start()
t.join()
print(texts)
