# check: a global deleted by one thread, then read by main (NameError)
import threading

token = "abc"


def logout():
    global token
    del token


t = threading.Thread(target=logout)
t.start()
t.join()
print(token)
