# check: try/except/else/finally run order; a return in finally wins; exceptions in threads caught locally
import threading

trace = []


def risky(n):
    try:
        trace.append(n)
        if n % 2:
            raise ValueError(n)
    except ValueError:
        trace.append(100 + n)
    else:
        trace.append(200 + n)
    finally:
        trace.append(300 + n)


def overridden():
    try:
        return 1
    finally:
        return 2


def main():
    for n in range(2):
        t = threading.Thread(target=risky, args=(n,))
        t.start()
        t.join()
    trace.append(overridden())


main()
