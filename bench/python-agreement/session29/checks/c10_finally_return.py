import threading

out = 0
cleanups = 0


def risky(n):
    global cleanups
    try:
        if n > 1:
            raise KeyError(n)
        return n * 10
    except KeyError:
        return -1
    finally:
        cleanups += 1


def run():
    global out
    out = risky(1) + risky(5)


t = threading.Thread(target=run)
t.start()
t.join()
print(out, cleanups)
