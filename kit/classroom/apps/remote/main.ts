// The presenter remote (/remote): the outline (titles, clicks) is public; notes come over the socket.
import { outline } from 'virtual:classroom-outline'
import { createApp } from 'vue'
import RemoteApp from '../../components/RemoteApp.vue'
import { takeTokenFromUrl } from '../../identity'
import 'virtual:deck-fonts.css'
import '../phone.css'

// Read and removed from the address bar before anything else runs.
const token = takeTokenFromUrl()
createApp(RemoteApp, { outline, token }).mount('#app')
