import sys
import threading
done = []
def w():
    print('x', file=sys.stderr)
    done.append(1)
t = threading.Thread(target=w)
t.start()
t.join()
print(done)
