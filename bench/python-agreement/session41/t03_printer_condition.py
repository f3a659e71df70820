# bug: lost update - pages_printed is incremented outside the condition's lock with a sleep between read and write
import threading
import time

jobs = []
cond = threading.Condition()
done = False
pages_printed = 0


def submit(user, pages):
    with cond:
        jobs.append((user, pages))
        cond.notify()


def printer(name, log):
    global pages_printed
    while True:
        with cond:
            while not jobs and not done:
                cond.wait()
            if not jobs and done:
                return
            user, pages = jobs.pop(0)
        current = pages_printed
        time.sleep(0.002)
        pages_printed = current + pages
        log.append(f"{name}:{user}")


log = []
printers = [threading.Thread(target=printer, args=(f"p{i}", log)) for i in range(2)]
for p in printers:
    p.start()

for user, pages in [("ana", 3), ("bo", 5), ("cy", 2), ("di", 4)]:
    submit(user, pages)
    time.sleep(0.001)

with cond:
    done = True
    cond.notify_all()
for p in printers:
    p.join()

print(f"jobs={len(log)} pages_printed={pages_printed} expected=14")
