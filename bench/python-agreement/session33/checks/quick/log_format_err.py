import logging
import threading
done = []
def w():
    logging.warning('%d items', 'many')
    done.append(1)
t = threading.Thread(target=w)
t.start()
t.join()
print(done)
