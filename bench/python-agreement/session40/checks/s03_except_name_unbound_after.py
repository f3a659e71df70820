# Check: the `as e` name is deleted at the end of the except block; reading it afterwards raises UnboundLocalError in the thread. Bug: using the exception name after its block.
import threading

code = 0
last = ""


def worker():
    global code, last
    try:
        int("x")
    except ValueError as e:
        code = 1
    last = str(e)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"code={code} last={last}")
