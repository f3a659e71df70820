# Check: removing from a list while iterating over it skips elements. Bug: mutate-while-iterating (deterministic).
import threading

nums = [2, 4, 5, 6, 8]


def worker():
    for n in nums:
        if n % 2 == 0:
            nums.remove(n)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"nums={nums}")
