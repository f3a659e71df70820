"""Jobs of a pool reserve seats and raise a class of the program's own (derived from LookupError)
when none is left; the caller catches LookupError around f.result() and counts the misses. The
seat count is read and written without a lock: two jobs may take the same seat."""
from concurrent.futures import ThreadPoolExecutor

seats = 2
missed = 0
booked = 0


class SoldOut(LookupError):
    """No seat left."""


def reserve(n):
    global seats
    left = seats
    if left <= 0:
        raise SoldOut(n)
    seats = left - 1
    return 1


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(reserve, n) for n in range(3)]
    for f in fs:
        try:
            booked += f.result()
        except LookupError:
            missed += 1
        else:
            print("booked")
print(seats, missed, booked)
