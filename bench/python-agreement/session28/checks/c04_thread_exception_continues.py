import threading

after = 0


def broken() -> None:
    raise ValueError("boom in thread")


t = threading.Thread(target=broken)
t.start()
t.join()  # join does not re-raise
after = 1
print(f"after={after}")
assert after == 1
