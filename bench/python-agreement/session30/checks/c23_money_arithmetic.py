import threading

balance = 100
interest = 0.0
lock = threading.Lock()
quota = 0
remainder = 0
label = ""


def accrue(rate):
    global balance, interest
    with lock:
        gained = round(balance * rate, 2)
        interest += gained
        balance = balance + int(gained)


def split(n):
    global quota, remainder, label
    quota, remainder = divmod(-7, n)
    label = f"{interest:.2f}/{-7 // n}/{-7 % n}"


threads = [threading.Thread(target=accrue, args=(0.035,)), threading.Thread(target=accrue, args=(0.125,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
split(3)
print(balance, interest, quota, remainder, label)
