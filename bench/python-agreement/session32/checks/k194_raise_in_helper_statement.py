# A check function of the file that raises, called as a bare statement (for comparison with int()).
import threading

bad = 0


def check_positive(n):
    if n <= 0:
        raise ValueError(n)


def validate(nums):
    global bad
    for n in nums:
        try:
            check_positive(n)
        except ValueError:
            bad += 1


t = threading.Thread(target=validate, args=([3, -1, 0],))
t.start()
t.join()
print(bad)
