# An f-string's `/` inside print in two threads: one divides by a count of 0 (ZeroDivisionError).
import threading

done = []


def report(total, count):
    print(f"average {total / count}")
    done.append(count)


a = threading.Thread(target=report, args=(10, 4))
b = threading.Thread(target=report, args=(10, 0))
a.start()
b.start()
a.join()
b.join()
print(sorted(done))
