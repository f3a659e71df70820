# check: while/else with a retry loop
import threading

attempts = 0
gave_up = 0
ok_flag = threading.Event()


def retry():
    global attempts, gave_up
    while attempts < 3:
        attempts += 1
        if ok_flag.is_set():
            break
    else:
        gave_up = 1


t = threading.Thread(target=retry)
t.start()
t.join()
print(attempts, gave_up)
