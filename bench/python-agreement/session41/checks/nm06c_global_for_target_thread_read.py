# check: a thread function's for loop whose target is declared global, read after the loop (session 40 r01's form)
import threading

i = 0
total = 0
after = -1


def tally():
    global i, total, after
    for i in range(4):
        total += i
    after = i


t = threading.Thread(target=tally)
t.start()
t.join()
print(i, total, after)
