// Stylesheets (and lottie, which none of our components use) are nothing in jsdom.
module.exports = {};
