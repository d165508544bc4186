# A daemon process is terminated when the main process exits.
import multiprocessing as mp
import time

def forever():
    while True:
        time.sleep(0.1)

if __name__ == "__main__":
    p = mp.Process(target=forever, daemon=True)
    p.start()
    time.sleep(0.3)
    print("daemon alive:", p.is_alive())
    print("main exits now")
