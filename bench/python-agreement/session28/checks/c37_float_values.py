import threading

half = 0.0
rounded = 0.0
truncated = 0
bools = 0


def calc() -> None:
    global half, rounded, truncated, bools
    half = 7 / 2
    rounded = round(0.125, 2)
    truncated = int(-3.9)
    bools = True + True


t = threading.Thread(target=calc)
t.start()
t.join()
print(half, rounded, truncated, bools)
assert half == 3.5 and rounded == 0.12 and truncated == -3 and bools == 2
