# A function that may return its pair early (inside an `if`): refused, the list cannot be kept in a local.
import threading

total = 0


def split(values):
    small, large = [], []
    if not values:
        return small, large
    for v in values:
        if v < 10:
            small.append(v)
        else:
            large.append(v)
    return small, large


lows, highs = split([3, 30, 4])
total = sum(lows) * 100 + sum(highs)
print(total)
