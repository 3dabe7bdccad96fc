# leakage: none
import pandas as pd
from tensorflow import keras
dataset = pd.read_csv("auto-mpg.csv").dropna()
train_dataset = dataset.sample(frac=0.8, random_state=0)
test_dataset = dataset.drop(train_dataset.index)
train_labels = train_dataset.pop("MPG")
test_labels = test_dataset.pop("MPG")
model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])
model.compile(loss="mse", optimizer="adam")
model.fit(train_dataset, train_labels, epochs=10, validation_split=0.2)
print(model.evaluate(test_dataset, test_labels))
