# A lambda thread target reads a list the function around binds again after making the thread: Python's
# late binding gives the thread the new list ([7, 1]); weft refuses it at the lambda.
import threading


def record(out, n):
    out.append(n)


def main():
    seen = []
    t = threading.Thread(target=lambda: record(seen, 1))
    seen = [7]
    t.start()
    t.join()
    print(seen)


main()
