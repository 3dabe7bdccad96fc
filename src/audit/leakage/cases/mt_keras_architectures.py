# leakage: multi-test@20
from tensorflow import keras
from tensorflow.keras.layers import Dense, Dropout

(X_train, y_train), (X_test, y_test) = keras.datasets.mnist.load_data()
X_train, X_test = X_train.reshape(-1, 784) / 255.0, X_test.reshape(-1, 784) / 255.0

model = keras.Sequential()
model.add(Dense(10, activation="softmax", input_shape=(784,)))
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X_train, y_train, epochs=5)
print(model.evaluate(X_test, y_test))

model = keras.Sequential()
model.add(Dense(128, activation="relu", input_shape=(784,)))
model.add(Dropout(0.5))
model.add(Dense(10, activation="softmax"))
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(X_train, y_train, epochs=5)
print(model.evaluate(X_test, y_test))
